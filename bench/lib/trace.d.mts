export function mainThreadCpuMs(trace: unknown): number;
export const CPU_TRACE_CATEGORIES: string[];
