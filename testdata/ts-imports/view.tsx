export function view(): string {
  const parts: string[] = ["view", "tsx"];
  return parts.join(".");
}
