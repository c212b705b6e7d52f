// The benchmark's reference, added to a copy of the built extension for ./build.sh bench only: a minimal hand-written
// plan of the current month, with no worker and no core. From the page itself it makes the four sequential reads
// (the projects, who the user is, the projects again, 100 ms, the timesheet) and renders one element per day.
const origin = `https://${new URLSearchParams(location.search).get('tenant') || 'acme'}.app.personio.com`;

async function plan() {
  const cookies = await chrome.cookies.getAll({ url: `${origin}/` });
  const token = cookies.find((c) => c.name === 'ATHENA-XSRF-TOKEN').value;
  const get = (path) => fetch(origin + path, {
    headers: { 'x-athena-xsrf-token': token, accept: 'application/json' }, credentials: 'include',
  }).then((r) => r.json());
  await get('/api/v1/projects');
  const context = await get('/api/v1/navigation/context');
  await get('/api/v1/projects');
  await new Promise((resolve) => { setTimeout(resolve, 100); });
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const last = new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate();
  const sheet = await get(`/svc/attendance-bff/v1/timesheet/${context.data.user.id}?start_date=${month}-01`
    + `&end_date=${month}-${last}&timezone=Europe%2FBerlin`);
  document.getElementById('days').replaceChildren(...sheet.timecards.map((card) => {
    const li = document.createElement('li');
    li.dataset.date = card.date;
    li.textContent = `${card.date} ${card.periods.length ? 'has entries' : 'empty'}`;
    return li;
  }));
  document.body.dataset.state = 'ready';
  performance.mark('plan-ready');
}

plan();
