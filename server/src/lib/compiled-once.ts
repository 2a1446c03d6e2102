import type { Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './context.js';

/**
 * A query on the per-request path, built and compiled once per database and then run with new
 * parameters: building a query with several joins costs more than SQLite takes to answer it.
 * `build` must use one placeholder value per parameter, in the order they are passed later.
 */
export function compiledOnce<Row, P extends unknown[]>(
  build: (exec: Executor, ...placeholders: P) => Compilable<Row>,
  placeholders: P,
) {
  const cache = new WeakMap<Executor, CompiledQuery<Row>>();
  return async (exec: Executor, ...parameters: P): Promise<Row[]> => {
    let compiled = cache.get(exec);
    if (!compiled) {
      compiled = build(exec, ...placeholders).compile();
      if (compiled.parameters.length !== parameters.length) {
        throw new Error(
          `compiledOnce: the query has ${compiled.parameters.length} parameters, not ${parameters.length}`,
        );
      }
      cache.set(exec, compiled);
    }
    const result = await exec.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}
