// Computing something once per object (a connection's prepared statements, a posting's facts): the
// result lives as long as the object does, and is never shared between two.

/** `make(key)` on the first call for `key`, the same value after. */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key)!;
    const value = make(key);
    values.set(key, value);
    return value;
  };
}
