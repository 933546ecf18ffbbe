/** The benchmark's progress lines. */
export const log = (message: string) => console.log(`[bench] ${message}`);
