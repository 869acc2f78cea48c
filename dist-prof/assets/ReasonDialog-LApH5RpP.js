export { t as default } from "./ReasonDialog-PS_U5Yt9.js";
