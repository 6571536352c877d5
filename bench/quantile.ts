// The one way every bench reads its samples: the value below which a share p of them fall.
export const quantile = (samples: number[], p: number): number => {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

export const median = (samples: number[]): number => quantile(samples, 0.5);
