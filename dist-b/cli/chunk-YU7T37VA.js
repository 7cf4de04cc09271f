// dist/core/memo.js
function oncePer(make) {
  const values = /* @__PURE__ */ new WeakMap();
  return (key) => {
    if (values.has(key))
      return values.get(key);
    const value = make(key);
    values.set(key, value);
    return value;
  };
}

export {
  oncePer
};
