"""The structure as a server-rendered SVG tree: the "network of networks" at a glance.

The same content is on the page as a nested list, which is what screen readers read; the
drawing is hidden from them.
"""

from django.utils.html import escape

BOX_WIDTH, BOX_HEIGHT = 190, 54
GAP_X, GAP_Y = 16, 36


def structure_svg(roots) -> str:
    positions = {}
    next_column = [0]

    def place(node, depth):
        if node.children:
            for child in node.children:
                place(child, depth + 1)
            first = positions[id(node.children[0])][0]
            last = positions[id(node.children[-1])][0]
            positions[id(node)] = ((first + last) / 2, depth)
        else:
            positions[id(node)] = (next_column[0], depth)
            next_column[0] += 1

    for root in roots:
        place(root, 0)
    if not positions:
        return ""
    columns = max(x for x, _ in positions.values()) + 1
    depth = max(y for _, y in positions.values()) + 1
    width = int(columns * (BOX_WIDTH + GAP_X))
    height = int(depth * (BOX_HEIGHT + GAP_Y))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" class="portal-structure-diagram" aria-hidden="true" focusable="false">'
    ]

    def corner(node):
        x, y = positions[id(node)]
        return x * (BOX_WIDTH + GAP_X) + GAP_X / 2, y * (BOX_HEIGHT + GAP_Y)

    def draw(node):
        x, y = corner(node)
        for child in node.children:
            cx, cy = corner(child)
            parts.append(
                f'<line x1="{x + BOX_WIDTH / 2}" y1="{y + BOX_HEIGHT}" '
                f'x2="{cx + BOX_WIDTH / 2}" y2="{cy}" stroke="#505a5f" stroke-width="2"/>'
            )
            draw(child)
        name = node.partnership.name
        label = name if len(name) <= 26 else name[:25] + "…"
        parts.append(
            f'<rect x="{x}" y="{y}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="3" '
            f'fill="#ffffff" stroke="#0b0c0c" stroke-width="2"/>'
            f'<text x="{x + 8}" y="{y + 22}" font-size="14" font-weight="bold" '
            f'fill="#0b0c0c">{escape(label)}</text>'
            f'<text x="{x + 8}" y="{y + 42}" font-size="12" fill="#505a5f">'
            f"{escape(node.partnership.kind.name)} · {node.member_count} members</text>"
        )

    for root in roots:
        draw(root)
    parts.append("</svg>")
    return "".join(parts)
