package org.analecta.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.analecta.parser.ReportDocument.Block;
import org.analecta.parser.ReportDocument.Kind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the main content and writes it as typed blocks in document order: every
 * block-level element ends the running block; inline text is joined with its white space
 * collapsed; footnote references become {@code [n]}; link lists and link-only lines are
 * left out.
 */
final class BlockEmitter implements NodeFilter {

	static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
			"details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
			"h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
			"summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "br", "legend", "menu",
			"html");

	private static final Set<String> LIST_CONTAINERS = Set.of("ul", "ol", "dl", "div", "section", "table", "tbody",
			"menu", "dir");

	private static final Pattern BOILERPLATE_LINE = Pattern
		.compile("(share( this( report| article| story| post| page)?)?"
				+ "|share on \\w+|tweet|print( this( page| article)?)?|e-?mail|facebook|twitter|whatsapp|linkedin"
				+ "|read more|advertisement|anzeige|werbung|publicité|publicidad|pubblicità|related( articles| posts| stories)?"
				+ "|leave a (reply|comment)|\\d+ comments?|comments?|skip to (main )?content|back to top"
				+ "|more (on|about) this( topic)?|you (may|might) also like|recommended( for you)?|most (read|popular)"
				+ "|mehr zum thema|weiterlesen|lesen sie auch|auch interessant|das könnte sie (auch )?interessieren"
				+ "|themen in diesem artikel|meistgelesen|meist gelesen|empfehlungen|(à )?lire aussi|sur le même sujet"
				+ "|(también )?te puede interesar|lee también|leer más|ver más|relacionad[oa]s|noticias relacionadas"
				+ "|leggi anche|potrebbe interessarti|czytaj (też|także)|zobacz (też|także)"
				+ "|(zum )?newsletter( anmelden| abonnieren)?|subscribe( to (our|the) newsletter)?"
				+ "|sign up( for (our|the) newsletter)?|jetzt abonnieren)\\s*[:!.]?", Pattern.CASE_INSENSITIVE);

	/**
	 * A cross-reference to another article set into the text: "À lire aussi » ...", "Read
	 * more: ...".
	 */
	private static final Pattern RELATED_PREFIX = Pattern
		.compile("^(à lire aussi|lire aussi|lesen sie auch|lesen sie mehr"
				+ "|mehr zum thema|weiterlesen|read more|related|see also|also read|lee también|leer también|ver también"
				+ "|leggi anche|czytaj też|czytaj także)\\s*[:»>\\-–|]", Pattern.CASE_INSENSITIVE);

	/**
	 * What a superscript number after it is an exponent of: a number or a unit of length.
	 */
	private static final Pattern EXPONENT_BASE = Pattern.compile("(\\d|\\d\\s?(km|cm|mm|m|ft|mi))$");

	private static final Pattern NOTE_START = Pattern.compile("^\\[(\\d{1,3})\\]\\s*");

	private static final Pattern LOOSE_NOTE_START = Pattern.compile("^[\\[(]?(\\d{1,3})[\\].)]\\s+(?=\\S)");

	private static final Pattern HEADING_END = Pattern.compile("[,;:]$|[a-z]{3,}\\.$");

	private final TextStats stats;

	private final List<Block> blocks = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	/** Per emitted block: whether content was left out between it and the next block. */
	private final List<Boolean> droppedAfter = new ArrayList<>();

	private boolean dropped;

	private int linkChars;

	private int boldChars;

	private int linkDepth;

	private int boldDepth;

	private boolean startsWithNoteLink;

	/** Nesting of the elements that decide a block's kind. */
	private int headingDepth;

	private int quoteDepth;

	private int captionDepth;

	private int listItemDepth;

	private int notesDepth;

	private int noteCounter;

	BlockEmitter(TextStats stats) {
		this.stats = stats;
	}

	List<Block> emit(List<Element> roots) {
		for (Element root : roots) {
			NodeTraversor.filter(this, root);
			flush();
		}
		return withoutOrphanHeadings();
	}

	/**
	 * A heading whose section was all left out ("Related articles" above a dropped link
	 * list) goes too.
	 */
	private List<Block> withoutOrphanHeadings() {
		List<Block> kept = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			boolean last = i == blocks.size() - 1;
			boolean orphan = block.kind() == Kind.HEADING
					&& (last || droppedAfter.get(i) && blocks.get(i + 1).kind() == Kind.HEADING);
			if (!orphan) {
				kept.add(block);
			}
		}
		return kept;
	}

	private void add(Block block) {
		if (!droppedAfter.isEmpty()) {
			droppedAfter.set(droppedAfter.size() - 1, dropped);
		}
		dropped = false;
		blocks.add(block);
		droppedAfter.add(false);
	}

	@Override
	public FilterResult head(Node node, int depth) {
		if (node instanceof TextNode textNode) {
			append(textNode.getWholeText());
			return FilterResult.CONTINUE;
		}
		if (!(node instanceof Element element)) {
			return FilterResult.CONTINUE;
		}
		String tag = element.normalName();
		if (isLinkList(element)) {
			dropped = true;
			return FilterResult.SKIP_ENTIRELY;
		}
		int marker = FootnoteMarkers.number(element);
		boolean backLink = FootnoteMarkers.isBackLink(element);
		if (marker >= 0 && !(element.nameIs("sup") && EXPONENT_BASE.matcher(tail()).find())) {
			if (backLink && text.toString().isBlank()) {
				startsWithNoteLink = true;
			}
			appendMarker(marker);
			return FilterResult.SKIP_ENTIRELY;
		}
		if (backLink && !element.text().isBlank() && !element.text().matches(".*\\p{L}{4,}.*")) {
			// an endnote's "↩" back to its reference
			return FilterResult.SKIP_ENTIRELY;
		}
		if (BLOCK_TAGS.contains(tag)) {
			flush();
		}
		enter(element, tag);
		return FilterResult.CONTINUE;
	}

	@Override
	public FilterResult tail(Node node, int depth) {
		if (node instanceof Element element) {
			String tag = element.normalName();
			if (BLOCK_TAGS.contains(tag)) {
				flush();
			}
			leave(element, tag);
		}
		return FilterResult.CONTINUE;
	}

	private void enter(Element element, String tag) {
		switch (tag) {
			case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
			case "blockquote" -> quoteDepth++;
			case "li", "dd" -> listItemDepth++;
			case "a" -> linkDepth++;
			case "b", "strong" -> boldDepth++;
			default -> {
			}
		}
		if (isCaption(element, tag)) {
			captionDepth++;
		}
		if (ChromePatterns.isNotesContainer(element)) {
			if (notesDepth == 0) {
				noteCounter = element.nameIs("ol") && element.hasAttr("start") ? parseStart(element) - 1 : 0;
			}
			notesDepth++;
		}
		if (notesDepth > 0 && tag.equals("ol") && element.hasAttr("start")) {
			noteCounter = parseStart(element) - 1;
		}
	}

	private void leave(Element element, String tag) {
		switch (tag) {
			case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
			case "blockquote" -> quoteDepth--;
			case "li", "dd" -> listItemDepth--;
			case "a" -> linkDepth--;
			case "b", "strong" -> boldDepth--;
			default -> {
			}
		}
		if (isCaption(element, tag)) {
			captionDepth--;
		}
		if (ChromePatterns.isNotesContainer(element)) {
			notesDepth--;
		}
	}

	/**
	 * A caption is short: a long element named so is a wrapper that merely mentions the
	 * word.
	 */
	private boolean isCaption(Element element, String tag) {
		return (tag.equals("figure") || ChromePatterns.isCaption(element)) && stats.text(element) < 600;
	}

	private static int parseStart(Element ol) {
		try {
			return Integer.parseInt(ol.attr("start").strip());
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	/**
	 * A list or box of links inside the content: a related-links list, a tag cloud, a
	 * pager.
	 */
	private boolean isLinkList(Element element) {
		if (!LIST_CONTAINERS.contains(element.normalName()) || notesDepth > 0
				|| ChromePatterns.isNotesContainer(element)) {
			return false;
		}
		int length = stats.text(element);
		if (length == 0 || stats.links(element) < 2 || stats.linkDensity(element) <= 0.5
				|| blockChildren(element) < 2) {
			return false;
		}
		// a box mixing link lists with real prose is walked into; its lists fall one
		// level down
		boolean list = element.nameIs("ul") || element.nameIs("ol") || element.nameIs("menu") || element.nameIs("dir");
		return list || length - stats.linkText(element) < 300 && !hasProseChild(element);
	}

	/**
	 * A paragraph of real prose introducing the links ("further information is on ...:").
	 */
	private boolean hasProseChild(Element element) {
		for (Element child : element.children()) {
			if (child.nameIs("p") && stats.text(child) >= 80 && stats.linkDensity(child) < 0.3) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Entries of a list: a line of inline links (a byline, a countries line) is no list.
	 */
	private static int blockChildren(Element element) {
		int count = 0;
		for (Element child : element.children()) {
			if (BLOCK_TAGS.contains(child.normalName()) && !child.nameIs("br")) {
				count++;
			}
		}
		return count;
	}

	private void append(String raw) {
		boolean space = text.isEmpty() || text.charAt(text.length() - 1) == ' ';
		int added = 0;
		int run = -1; // start of the pending run of other chars: copied in one go, not
						// char by char
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			// NEL (U+0085) breaks a line in Unicode and in regular expressions but is not
			// white space to Character.isWhitespace: kept, it would split one block's
			// text.
			if (Chars.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u0085') {
				if (run >= 0) {
					text.append(raw, run, i);
					added += i - run;
					run = -1;
					space = false;
				}
				if (!space) {
					text.append(' ');
					space = true;
					added++;
				}
			}
			else if (run < 0) {
				run = i;
			}
		}
		if (run >= 0) {
			text.append(raw, run, raw.length());
			added += raw.length() - run;
		}
		if (linkDepth > 0) {
			linkChars += added;
		}
		if (boldDepth > 0 || headingDepth > 0) {
			boldChars += added;
		}
	}

	private String tail() {
		return text.substring(Math.max(0, text.length() - 8));
	}

	private void appendMarker(int number) {
		// a marker glued to the word before stays glued, as the text version writes it
		String marker = "[" + number + "]";
		text.append(marker);
		if (boldDepth > 0) {
			boldChars += marker.length();
		}
	}

	private void flush() {
		String content = text.toString().strip();
		int links = linkChars;
		int bold = boldChars;
		boolean noteLink = startsWithNoteLink;
		text.setLength(0);
		linkChars = 0;
		boldChars = 0;
		startsWithNoteLink = false;
		if (content.isEmpty()) {
			return;
		}
		if (BOILERPLATE_LINE.matcher(content).matches()
				|| content.length() < 300 && RELATED_PREFIX.matcher(content).lookingAt()) {
			dropped = true;
			return;
		}
		Kind kind = kindOf(content, noteLink, bold);
		if (kind == Kind.NOTE) {
			content = asNote(content);
			if (content == null) {
				return;
			}
		}
		else if (isLinkOnly(content, links, kind)) {
			dropped = true;
			return;
		}
		add(new Block(kind, content));
	}

	private Kind kindOf(String content, boolean noteLink, int bold) {
		if (noteLink) {
			return Kind.NOTE;
		}
		if (notesDepth > 0 && (listItemDepth > 0 || LOOSE_NOTE_START.matcher(content).lookingAt())) {
			return Kind.NOTE;
		}
		if (captionDepth > 0) {
			return Kind.CAPTION;
		}
		if (headingDepth > 0) {
			return Kind.HEADING;
		}
		if (quoteDepth > 0) {
			return Kind.BLOCKQUOTE;
		}
		if (listItemDepth > 0) {
			return Kind.LIST_ITEM;
		}
		if (bold >= content.length() - 1 && looksLikeHeading(content)) {
			return Kind.HEADING;
		}
		return Kind.PARAGRAPH;
	}

	/**
	 * A CMS heading: a short bold paragraph that is no sentence run-in ({@code Note:}).
	 */
	private static boolean looksLikeHeading(String content) {
		if (content.length() > 200 || content.length() < 3) {
			return false;
		}
		return !HEADING_END.matcher(content).find() && content.split(" ").length <= 30;
	}

	/** The note as {@code [n] text}, or null for a number with no text. */
	private String asNote(String content) {
		Matcher m = NOTE_START.matcher(content);
		if (!m.lookingAt()) {
			m = LOOSE_NOTE_START.matcher(content);
			if (!m.lookingAt()) {
				m = null;
			}
		}
		String number;
		String text;
		if (m != null) {
			number = m.group(1);
			text = content.substring(m.end()).strip();
			noteCounter = Integer.parseInt(number);
		}
		else {
			noteCounter++;
			number = String.valueOf(noteCounter);
			text = content;
		}
		return text.isEmpty() ? null : "[" + number + "] " + text;
	}

	/** Menu entries, "read more" links and teaser headlines left in the content. */
	private static boolean isLinkOnly(String content, int links, Kind kind) {
		double density = (double) links / content.length();
		return switch (kind) {
			case LIST_ITEM -> density > 0.5;
			case PARAGRAPH, HEADING -> density > 0.9;
			default -> false;
		};
	}

}
