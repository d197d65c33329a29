"""Putting rendered pages together (pikepdf, on qpdf): one document's pages taken in
place of another's, a label stamped on pages, and the title set.

A board pack lays its public edition out once and makes the members' edition from it by
taking the members' own pages (the cover, the confidential items) in place of the
withheld ones, so the two editions share their pages and their numbers. Everything here
keeps the shape of WeasyPrint's tagged PDF: under the document element, structure
elements for each page in page order; in the parent tree, one entry per page (keyed by
its /StructParents) and one per link annotation.
"""

import io
from collections.abc import Iterable

import pikepdf
from pikepdf import Array, Dictionary, Name, NumberTree

# Each page's structure elements and parent-tree entry are keyed by the page's object.
PageKey = tuple[int, int]


def open_pdf(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def pdf_bytes(pdf: pikepdf.Pdf) -> bytes:
    """The PDF as saved: qpdf writes only what the document still refers to, so pages
    and structure taken out are gone from the file, not merely hidden."""
    output = io.BytesIO()
    pdf.save(output, compress_streams=True)
    return output.getvalue()


def document_element(pdf: pikepdf.Pdf) -> Dictionary:
    kids = pdf.Root.StructTreeRoot.K
    return kids[0] if isinstance(kids, Array) else kids


def parent_tree(pdf: pikepdf.Pdf) -> NumberTree:
    return NumberTree(pdf.Root.StructTreeRoot.ParentTree)


def next_parent_key(tree: NumberTree) -> int:
    return max((int(key) for key in tree.keys()), default=-1) + 1


def page_index_of(pdf: pikepdf.Pdf) -> dict[PageKey, int]:
    return {page.obj.objgen: index for index, page in enumerate(pdf.pages)}


def insert_after_page(pdf: pikepdf.Pdf, elements: list, page_index: int) -> None:
    """Put structure elements in the document element after those of the given page
    (and before those of the next), so a screen reader meets them in page order."""
    document = document_element(pdf)
    kids = list(document.K)
    position = _position_after_page(kids, page_index_of(pdf), page_index)
    for element in elements:
        element.P = document
    document.K = Array(kids[:position] + list(elements) + kids[position:])


def copy_in(target: pikepdf.Pdf, source: pikepdf.Pdf, obj):
    """An object of source, copied into target (qpdf copies only indirect objects; a
    direct one is made indirect in source first). Copying the same object twice gives the
    same copy."""
    if not obj.is_indirect:
        obj = source.make_indirect(obj)
    return target.copy_foreign(obj)


def set_title(pdf: pikepdf.Pdf, title: str) -> None:
    """The title viewers show (/Info and the XMP metadata that PDF/UA reads)."""
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:title"] = title
    pdf.docinfo[Name.Title] = title


# --- Drawing a form on a page -------------------------------------------------------


def draw_form(pdf: pikepdf.Pdf, page: pikepdf.Page, form, matrix, *, marked: bytes) -> None:
    """Draw a form XObject on a page, inside the marked-content operator given (an
    artifact, a figure), or none where the form's content is tagged itself. What the page
    drew before is wrapped in q/Q, since WeasyPrint leaves the page's y-axis flipped; each
    drawing wraps it again, so the form always starts from the page's own space."""
    name = page.add_resource(form, Name.XObject, prefix="Fx")
    numbers = " ".join(f"{n:.6f}" for n in matrix).encode()
    draw = b"q " + numbers + b" cm " + bytes(name) + b" Do Q"
    if marked:
        draw = marked + b" " + draw + b" EMC"
    page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
    page.contents_add(pikepdf.Stream(pdf, b"\nQ " + draw + b"\n"))


def artifact_form(pdf: pikepdf.Pdf, source_page: pikepdf.Page):
    """A page of another PDF as a form XObject of pdf, its marked content removed: drawn as
    an artifact (a running header's label), it is not part of the structure tree."""
    form = source_page.as_form_xobject(handle_transformations=False)
    operations = [
        (operands, operator)
        for operands, operator in pikepdf.parse_content_stream(form)
        if str(operator) not in ("BDC", "BMC", "EMC")
    ]
    form.write(pikepdf.unparse_content_stream(operations))
    if "/StructParents" in form:
        del form.StructParents
    return pdf.copy_foreign(form)


def stamp(pdf: pikepdf.Pdf, label: pikepdf.Page, pages: Iterable[int]) -> None:
    """Draw a label (a page of another PDF, laid out where the label goes) on pages of pdf."""
    form = artifact_form(pdf, label)
    for index in pages:
        draw_form(pdf, pdf.pages[index], form, (1, 0, 0, 1, 0, 0), marked=b"/Artifact BMC")


# --- Taking pages from another document -----------------------------------------------


def as_list(value) -> list:
    """An entry PDF allows as an array, one object on its own, or nothing, as a list."""
    if value is None:
        return []
    return list(value) if isinstance(value, Array) else [value]


def kids_of(node) -> list:
    """A structure node's kids (/K)."""
    return as_list(node.get("/K"))


def nodes(element):
    """A structure element and every dictionary below it: elements, and the references
    to marked content (MCR) and to annotations (OBJR)."""
    stack = [element]
    while stack:
        current = stack.pop()
        yield current
        if current.get("/Type") not in (Name.MCR, Name.OBJR):
            stack.extend(kid for kid in kids_of(current) if isinstance(kid, Dictionary))


def _position_after_page(kids: list, pages: dict[PageKey, int], page_index: int) -> int:
    """Where, among the document element's kids, elements of a page go: after those of
    the pages up to it, before those of the next."""
    for index, kid in enumerate(kids):
        page = kid.get("/Pg")
        if page is not None and pages.get(page.objgen, -1) > page_index:
            return index
    return len(kids)


def reparent(element, parent) -> None:
    """Set /P of an element and of everything below it, from the top down."""
    element.P = parent
    stack = [element]
    while stack:
        current = stack.pop()
        for kid in kids_of(current):
            if isinstance(kid, Dictionary) and "/S" in kid:
                kid.P = current
                stack.append(kid)


def take_pages(target: pikepdf.Pdf, source: pikepdf.Pdf, mapping: dict[int, int]) -> None:
    """Put source's page mapping[k] in the place of target's page k, for each k: its
    content, links, structure elements, bookmarks and named destinations. The target's
    page objects stay (links and bookmarks that point at them stay right); what the
    replaced pages held is no longer referred to, so it is not saved. Source is used up."""
    replaced = {target.pages[k].obj.objgen: k for k in mapping}
    taken = {source.pages[i].obj.objgen: k for k, i in mapping.items()}
    target_tree, source_tree = parent_tree(target), parent_tree(source)
    document = document_element(target)
    source_document = document_element(source)

    # The source's elements for each page taken, cut loose from its tree and pages, so
    # that copying them brings nothing else of the source along.
    by_target_page: dict[int, list] = {k: [] for k in mapping}
    for element in list(source_document.K):
        page = element.get("/Pg")
        if page is not None and page.objgen in taken:
            by_target_page[taken[page.objgen]].append(element)
    for elements in by_target_page.values():
        for element in elements:
            for node in nodes(element):
                for key in ("/P", "/Pg"):
                    if key in node:
                        del node[key]

    # The target's elements and link entries of the pages replaced go.
    for page_index in mapping:
        for annotation in target.pages[page_index].obj.get("/Annots", []):
            if "/StructParent" in annotation:
                del target_tree[int(annotation.StructParent)]
    document.K = Array(
        [kid for kid in document.K if kid.get("/Pg") is None or kid.Pg.objgen not in replaced]
    )

    next_key = next_parent_key(target_tree)
    for k, i in sorted(mapping.items()):
        page, source_page = target.pages[k].obj, source.pages[i].obj
        for key in ("/Contents", "/Resources"):
            page[key] = copy_in(target, source, source_page[key])
        annotations = Array()
        for annotation in source_page.get("/Annots", []):
            copied = copy_in(target, source, annotation)
            if "/StructParent" in annotation:
                target_tree[next_key] = copy_in(
                    target, source, source_tree[int(annotation.StructParent)]
                )
                copied.StructParent = next_key
                next_key += 1
            annotations.append(copied)
        if annotations:
            page.Annots = annotations
        elif "/Annots" in page:
            del page.Annots
        if "/StructParents" in source_page:
            target_tree[int(page.StructParents)] = copy_in(
                target, source, source_tree[int(source_page.StructParents)]
            )
        elements = [copy_in(target, source, element) for element in by_target_page[k]]
        for element in elements:
            reparent(element, document)
            for node in nodes(element):
                node.Pg = page
        insert_after_page(target, elements, k)

    _take_destinations(target, source, replaced, taken)
    _take_outline(target, source, replaced, taken)


def _named_destinations(pdf) -> dict[str, Array]:
    """Named destinations (what WeasyPrint's links point at), from the flat /Dests
    name array it writes."""
    names = pdf.Root.get("/Names")
    if names is None or "/Dests" not in names:
        return {}
    flat = names.Dests.Names
    return {str(flat[n]): flat[n + 1] for n in range(0, len(flat), 2)}


def _take_destinations(target, source, replaced, taken) -> None:
    """Named destinations on replaced pages go; the source's on the pages taken come."""
    if "/Names" not in target.Root or "/Dests" not in target.Root.Names:
        return
    dests = {
        name: dest
        for name, dest in _named_destinations(target).items()
        if dest[0].objgen not in replaced
    }
    for name, dest in _named_destinations(source).items():
        if dest[0].objgen in taken:
            # The rest of a destination is a fit and numbers: nothing to copy.
            dests[name] = Array([target.pages[taken[dest[0].objgen]].obj, *list(dest)[1:]])
    array = Array()
    for name in sorted(dests):
        array.append(pikepdf.String(name))
        array.append(dests[name])
    target.Root.Names.Dests = Dictionary(Names=array)


def _outline_entries(pdf, pages: dict[PageKey, int]) -> list[tuple]:
    """(page, order, depth, title, rest of the destination) of each bookmark on one of
    ``pages`` (page object -> page index it is to have), in document order."""
    entries = []
    with pdf.open_outline() as outline:

        def walk(items, depth):
            for item in items:
                dest = item.destination
                if isinstance(dest, Array) and len(dest) and dest[0].objgen in pages:
                    page = pages[dest[0].objgen]
                    entries.append((page, len(entries), depth, item.title, list(dest)[1:]))
                walk(item.children, depth + 1)

        walk(outline.root, 0)
    return entries


def _take_outline(target, source, replaced, taken) -> None:
    """Bookmarks: the target's on pages kept and the source's on pages taken, in page
    order, nested by the depth each had."""
    kept = {key: index for key, index in page_index_of(target).items() if key not in replaced}
    merged = sorted(
        _outline_entries(target, kept) + _outline_entries(source, taken),
        # No page has bookmarks from both documents, so page and order settle it.
        key=lambda entry: entry[:2],
    )
    with target.open_outline() as outline:
        outline.root.clear()
        stack: list[tuple[int, pikepdf.OutlineItem]] = []
        for page, _, depth, title, rest in merged:
            item = pikepdf.OutlineItem(title, Array([target.pages[page].obj, *rest]))
            while stack and stack[-1][0] >= depth:
                stack.pop()
            (stack[-1][1].children if stack else outline.root).append(item)
            stack.append((depth, item))
