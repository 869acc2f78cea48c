export { n as exportBackup } from "./export-Cqf3bT4x.js";
