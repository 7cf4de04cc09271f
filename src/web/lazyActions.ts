// The operations only some routes need, loaded at their first use: companies (the scrapers, probing,
// seed import), jobs and problems (the reports), profile (the analyzer, CV reading) and health (the
// notifiers). Sign-in and the matches page never load them, so a socket-activated start stays short.

export const companyActions = () => import('./actions/companies.js');
export const jobActions = () => import('./actions/jobs.js');
export const profileActions = () => import('./actions/profile.js');
export const healthActions = () => import('./actions/health.js');
