export { dataHome } from "./dataHome.js";
export { writeFileAtomic } from "./writeFileAtomic.js";
