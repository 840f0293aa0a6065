/**
 * Finds dependency cycles in a graph given as `id -> ids it depends on`. Each cycle is returned once,
 * as the ids along it with the first repeated at the end (`['a', 'b', 'a']`). Unknown ids are ignored.
 */
export function findDependencyCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const WHITE = 0,
    GREY = 1,
    BLACK = 2;
  const colour = new Map<string, number>();
  const cycles: string[][] = [];
  const stack: string[] = [];

  // Iterative DFS: plans can hold 10,000 tasks in one chain, deeper than the call stack allows.
  for (const root of edges.keys()) {
    if ((colour.get(root) ?? WHITE) !== WHITE) continue;
    const frames: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    colour.set(root, GREY);
    stack.push(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const deps = edges.get(frame.id) ?? [];
      if (frame.next >= deps.length) {
        colour.set(frame.id, BLACK);
        stack.pop();
        frames.pop();
        continue;
      }
      const dep = deps[frame.next++]!;
      if (!edges.has(dep)) continue;
      const c = colour.get(dep) ?? WHITE;
      if (c === GREY) cycles.push([...stack.slice(stack.indexOf(dep)), dep]);
      else if (c === WHITE) {
        colour.set(dep, GREY);
        stack.push(dep);
        frames.push({ id: dep, next: 0 });
      }
    }
  }
  return cycles;
}
