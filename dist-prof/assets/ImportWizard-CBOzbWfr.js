export { t as default } from "./ImportWizard-Dx8_Cr2H.js";
