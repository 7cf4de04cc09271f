// A client-rendered job list: nothing is in the HTML until this script runs.
const roles = [
  { title: 'Backend Developer (Node.js)', path: '/globex/roles/backend-developer' },
  { title: 'Data Engineer', path: '/globex/roles/data-engineer' },
];
setTimeout(() => {
  const list = document.createElement('ul');
  for (const role of roles) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = role.path;
    link.textContent = role.title;
    item.append(link);
    list.append(item);
  }
  document.getElementById('openings').replaceChildren(list);
}, 150);
