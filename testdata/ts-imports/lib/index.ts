import { add } from "../math";
export const libName: string = "lib" + add(1, 1);
