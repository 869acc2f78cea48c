export { t as default } from "./NvDialog-Cy0235VO.js";
