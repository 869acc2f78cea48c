export { r as updateSessionRegulation } from "./session-regulation-CrYn_B5i.js";
