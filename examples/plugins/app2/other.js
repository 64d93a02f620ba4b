// Helper module of seed plugin "app2", imported relatively from index.js.

export function compute(a, b) {
  return (a + b) * 2;
}
