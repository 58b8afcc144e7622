// The who-met-whom network laid out in Node, so the dashboard needs no script: d3-force places
// the nodes (linked sides pull together, all sides push apart), then every label is given a box
// no other label's box touches. The force layout alone keeps circles apart, not text: a greedy
// pass, most connected sides first, moves a label whose box hits a placed one to the nearest
// free spot on a spiral around where the forces put it. The boxes are exact because the SVG
// sets each label's width (textLength) to the width the layout gave it.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";

export interface NetworkNode {
  id: string;
  label: string;
  weight: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
}

export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  /** The label's box: it starts right of the dot. */
  labelX: number;
  labelWidth: number;
}

export interface Layout {
  nodes: PlacedNode[];
  width: number;
  height: number;
}

export const FONT_SIZE = 12;
export const DOT_RADIUS = 5;
const LABEL_HEIGHT = FONT_SIZE + 4;
const GAP = 4;
const MARGIN = 10;
/** The width a label is drawn at: average sans-serif letters at 12 px, so stretching is slight. */
const labelWidth = (label: string) => Math.ceil(label.length * FONT_SIZE * 0.56);

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const boxOf = (x: number, y: number, width: number): Box => ({
  left: x - DOT_RADIUS - GAP / 2,
  top: y - LABEL_HEIGHT / 2 - GAP / 2,
  right: x + DOT_RADIUS + GAP + width + GAP / 2,
  bottom: y + LABEL_HEIGHT / 2 + GAP / 2,
});

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function layoutNetwork(nodes: NetworkNode[], edges: NetworkEdge[]): Layout {
  type SimNode = NetworkNode & SimulationNodeDatum & { width: number };
  const sim: SimNode[] = nodes.map((n) => ({ ...n, width: labelWidth(n.label) }));
  const links = edges.map((e) => ({ ...e }));
  forceSimulation(sim)
    .force("link", forceLink<SimNode, (typeof links)[number]>(links).id((n) => n.id).distance(70))
    .force("charge", forceManyBody().strength(-160))
    .force("collide", forceCollide<SimNode>((n) => (n.width + DOT_RADIUS * 2) / 2 + 4))
    .force("x", forceX(0).strength(0.06))
    .force("y", forceY(0).strength(0.1))
    .stop()
    .tick(300);
  const placed: Box[] = [];
  const byWeight = [...sim].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const out = new Map<string, PlacedNode>();
  for (const n of byWeight) {
    const [x, y] = freeSpot(n.x ?? 0, n.y ?? 0, n.width, placed);
    placed.push(boxOf(x, y, n.width));
    out.set(n.id, { id: n.id, label: n.label, weight: n.weight, x, y, labelX: x + DOT_RADIUS + GAP, labelWidth: n.width });
  }
  return fitted(nodes.map((n) => out.get(n.id)!));
}

/** The nearest point to (x, y), on a widening spiral, where the label's box touches no placed box. */
function freeSpot(x: number, y: number, width: number, placed: Box[]): [number, number] {
  for (let step = 0; ; step++) {
    const angle = step * 0.5;
    const radius = step * 2;
    const cx = x + radius * Math.cos(angle);
    const cy = y + radius * Math.sin(angle);
    const box = boxOf(cx, cy, width);
    if (!placed.some((p) => overlaps(p, box))) return [cx, cy];
  }
}

/** Moves the drawing so every label lies inside a box that starts at (0, 0), with a margin. */
function fitted(nodes: PlacedNode[]): Layout {
  const boxes = nodes.map((n) => boxOf(n.x, n.y, n.labelWidth));
  const left = Math.min(...boxes.map((b) => b.left)) - MARGIN;
  const top = Math.min(...boxes.map((b) => b.top)) - MARGIN;
  const right = Math.max(...boxes.map((b) => b.right)) + MARGIN;
  const bottom = Math.max(...boxes.map((b) => b.bottom)) + MARGIN;
  const moved = nodes.map((n) => ({ ...n, x: n.x - left, y: n.y - top, labelX: n.labelX - left }));
  return { nodes: moved, width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
}
