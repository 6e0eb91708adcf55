import { describe, expect, it } from 'vitest';
import { CROWDED, detailAt } from './detail';

describe('detailAt', () => {
  it('draws everything on a canvas that is not crowded, however far out', () => {
    for (const zoom of [2, 0.75, 0.5, 0.3, 0.1, 0.05]) expect(detailAt(CROWDED - 1, zoom)).toEqual({ near: true, far: false, tiny: false });
  });

  it('leaves out small print and all but titles, then titles, as a crowded canvas zooms out', () => {
    expect(detailAt(CROWDED, 1)).toEqual({ near: true, far: false, tiny: false });
    expect(detailAt(CROWDED, 0.95)).toEqual({ near: true, far: false, tiny: false });
    expect(detailAt(CROWDED, 0.8)).toEqual({ near: false, far: true, tiny: false });
    expect(detailAt(CROWDED, 0.4)).toEqual({ near: false, far: true, tiny: false });
    expect(detailAt(1000, 0.2)).toEqual({ near: false, far: true, tiny: true });
  });
});
