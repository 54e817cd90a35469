/**
 * A page as it is viewed, with its /Rotate applied: coordinates (u to the right, v upwards from the
 * viewed bottom-left corner) mapped to PDF user space, and the angle that makes drawn text read upright.
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface VisualFrame {
  readonly width: number;
  readonly height: number;
  /** Counter-clockwise, in degrees, for text and shapes drawn in this frame. */
  readonly angle: number;
  toUser(u: number, v: number): { x: number; y: number };
}

export function visualFrame(box: Box, rotation: number): VisualFrame {
  const { x, y, width: w, height: h } = box;
  const angle = (((Math.round(rotation / 90) * 90) % 360) + 360) % 360; // /Rotate clockwise
  switch (angle) {
    case 90:
      return { width: h, height: w, angle, toUser: (u, v) => ({ x: x + w - v, y: y + u }) };
    case 180:
      return { width: w, height: h, angle, toUser: (u, v) => ({ x: x + w - u, y: y + h - v }) };
    case 270:
      return { width: h, height: w, angle, toUser: (u, v) => ({ x: x + v, y: y + h - u }) };
    default:
      return { width: w, height: h, angle: 0, toUser: (u, v) => ({ x: x + u, y: y + v }) };
  }
}
