export type Greeting = { text: string };
export const greet = (who: string): Greeting => ({ text: `Hi, ${who}!` });
