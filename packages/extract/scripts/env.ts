// The only place @chronicle/extract's scripts read the environment.

/** npm runs workspace scripts inside the workspace folder; INIT_CWD is the directory npm was started from. */
export const invokedFrom: string | undefined = process.env['INIT_CWD'];
