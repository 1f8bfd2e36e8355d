'use strict';
// Ownership graphs with cytoscape: the corporate family (coloured by each entity's risk level, labelled by name,
// owners expandable) and a case's evidence path. Nodes and edges are kept in maps so a graph can grow.
const RISK_COLOURS = { NONE: '#6b9e78', LOW: '#9fbf7a', ELEVATED: '#e3b53b', HIGH: '#e07b39', BLOCKED: '#c0392b' };

const graphStyle = [
  { selector: 'node', style: {
    label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 110, 'text-valign': 'bottom',
    'text-margin-y': 4, color: '#1d2733', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
    'text-background-padding': 2, 'background-color': '#90a4b8', width: 26, height: 26, 'border-width': 1, 'border-color': '#52606d' } },
  { selector: 'node[kind = "person"]', style: { shape: 'ellipse', 'background-color': '#fff', 'border-width': 2, 'border-color': '#6b4fa0' } },
  ...Object.entries(RISK_COLOURS).map(([level, colour]) => ({ selector: `node[risk = "${level}"]`, style: { 'background-color': colour } })),
  { selector: 'node[kind = "parent"]', style: { width: 36, height: 36, 'border-width': 4, 'border-color': '#17324d', 'font-weight': 'bold' } },
  { selector: 'node[kind = "owner"]', style: { shape: 'round-rectangle' } },
  { selector: 'node:selected', style: { 'overlay-color': '#2b6cb0', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'node[?focus]', style: { 'border-width': 4, 'border-color': '#2b6cb0' } },
  { selector: 'edge', style: {
    label: 'data(label)', 'font-size': 10, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.5,
    'line-style': 'dashed', 'line-color': '#8a9ba8', 'target-arrow-color': '#8a9ba8', 'text-background-color': '#fff',
    'text-background-opacity': 0.85, 'text-background-padding': 1 } },
  { selector: 'edge[kind = "control"]', style: { width: 2.5, 'line-style': 'solid', 'line-color': '#17324d', 'target-arrow-color': '#17324d' } },
  { selector: 'edge[kind = "evidence"]', style: { width: 3, 'line-style': 'solid', 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' } }
];

/** A tree drawn top-down keeps its node labels beside the nodes, so the stakes on its edges stay readable. */
const sideLabels = [{ selector: 'node', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 6,
  'text-margin-y': 0 } }];

const liveGraphs = new Map();
let resizeTimer = null;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => liveGraphs.forEach(cy => { cy.resize(); cy.fit(undefined, 24); if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); } }), 150);
});

/**
 * A growing ownership graph in `container`; `onSelect(id)` runs when a node is tapped. `horizontal` draws it left to
 * right (a chain of evidence reads across the page), else top-down with labels beside the nodes.
 */
function ownershipGraph(container, onSelect, { horizontal = false } = {}) {
  const nodes = new Map(), edges = new Map();
  let cy = null;
  const g = {
    nodes, edges,
    node(id, kind, name) {
      const known = nodes.get(id);
      if (!known) nodes.set(id, { data: { id, kind, label: name || id } });
      else if (kind === 'parent' || (kind === 'member' && known.data.kind === 'owner')) known.data.kind = kind;
      if (known && name && known.data.label === id) known.data.label = name;
    },
    edge(from, to, label, kind) {
      const id = `${from}->${to}`;
      if (!edges.has(id)) edges.set(id, { data: { id, source: from, target: to, label, kind } });
    },
    /** Adds one structure answer: its owners, holdings and beneficial-owner paths. */
    structure(s, parent) {
      g.node(s.id, s.id === parent ? 'parent' : 'member', s.name);
      (s.owners || []).forEach(o => {
        g.node(o.id, o.kind === 'PERSON' ? 'person' : 'owner', o.name);
        g.edge(o.id, s.id, stake(o), o.controlling ? 'control' : 'minority');
      });
      (s.subsidiaries || []).forEach(sub => {
        g.node(sub.id, sub.controlled ? 'member' : 'owner', sub.name);
        g.edge(s.id, sub.id, stake(sub), sub.controlled ? 'control' : 'minority');
      });
      (s.beneficialOwners || []).forEach(bo => {
        g.node(bo.id, 'person', bo.name);
        (bo.paths || []).forEach(path => path.forEach(st => {
          g.node(st.owner, 'owner'); g.node(st.owned, 'owner');
          g.edge(st.owner, st.owned, stake(st), 'minority');
        }));
      });
    },
    /** Labels from names and colours from risk levels, then lays the graph out. */
    async render(focus) {
      const lookup = await names([...nodes.keys()]);
      nodes.forEach((n, id) => {
        const found = lookup(id);
        if (found && found.name) n.data.label = found.name;
        if (found && found.riskLevel && !n.data.risk) n.data.risk = found.riskLevel;
        if (found && found.kind === 'PERSON' && n.data.kind !== 'person') n.data.kind = 'person';
        n.data.focus = id === focus;
      });
      const elements = [...nodes.values(), ...[...edges.values()].filter(e => nodes.has(e.data.source) && nodes.has(e.data.target))];
      if (cy) cy.destroy();
      if (typeof cytoscape !== 'function') return;
      cy = cytoscape({ container, elements, style: horizontal ? graphStyle : graphStyle.concat(sideLabels),
        wheelSensitivity: 0.3, minZoom: 0.3, maxZoom: 2.5,
        layout: { name: 'breadthfirst', directed: true, padding: 24, spacingFactor: horizontal ? 1 : 1.5, avoidOverlap: true,
          // laid out top-down in a box of the container's shape turned a quarter, then turned back: levels spread
          // across the width
          boundingBox: horizontal ? { x1: 0, y1: 0, w: container.clientHeight, h: container.clientWidth } : undefined,
          transform: horizontal ? (node, p) => ({ x: p.y, y: p.x }) : (node, p) => p } });
      if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); }
      liveGraphs.set(container, cy);
      cy.on('tap', 'node', (evt) => onSelect && onSelect(evt.target.id()));
    },
    select(id) { if (cy) { cy.elements().unselect(); cy.getElementById(id).select(); } }
  };
  return g;
}
