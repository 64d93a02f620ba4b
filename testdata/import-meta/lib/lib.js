export const libURL = import.meta.url;
