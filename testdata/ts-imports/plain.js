export const plain = "plain-js";
