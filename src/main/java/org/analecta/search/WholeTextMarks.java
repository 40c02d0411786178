package org.analecta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.Query;

/**
 * A short text (a title, a heading, a quote) marked for a query, the text analysed once
 * and the query's words placed by their positions ({@link PositionPassages.Marking}).
 * Lucene's span highlighter does the same by indexing each text in memory; for a phrase
 * search that was an eighth of its time and a third of what it allocated, ten titles and
 * their headings a page.
 *
 * <p>
 * The marks are the highlighter's (a randomized test compares the two): tokens whose
 * offsets overlap form one group, and a group is marked from the first to the last of its
 * marked tokens; a word is marked wherever it is, a phrase's words where all stand in
 * order. Only for phrases without gaps or slop, which the highlighter matches exactly as
 * the search does.
 */
final class WholeTextMarks {

	private final Analyzer analyzer;

	private final String field;

	private final PositionPassages.Marking marking;

	private WholeTextMarks(Analyzer analyzer, String field, PositionPassages.Marking marking) {
		this.analyzer = analyzer;
		this.field = field;
		this.marking = marking;
	}

	/**
	 * For one query on a field; empty when some part of it marks words otherwise than by
	 * terms and gapless phrases of terms (then the highlighter marks it).
	 * @param analyzer the analyzer the field's text is indexed with
	 */
	static Optional<WholeTextMarks> forQuery(Query query, Analyzer analyzer, String field) {
		return PositionPassages.Marking.of(query, field)
			.filter(PositionPassages.Marking::gapless)
			.map(marking -> new WholeTextMarks(analyzer, field, marking));
	}

	private record Token(int position, String term, int from, int to) {
	}

	/**
	 * The text escaped, the query's words in {@code <mark>}; the text escaped alone when
	 * none is in it.
	 */
	String mark(String text) throws IOException {
		List<Token> tokens = tokens(text);
		// A query of words alone marks a word wherever it is: no positions needed, and
		// this one analysis also tells a text without any of them (the term highlighter
		// read such a text once to tell, and a matching one twice).
		Predicate<Token> marked = marking.phrases().isEmpty() ? token -> marking.words().contains(token.term())
				: placed(tokens);
		if (tokens.stream().noneMatch(marked)) {
			return Highlights.escape(text);
		}
		return write(text, tokens, marked);
	}

	private List<Token> tokens(String text) throws IOException {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(position, term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		return tokens;
	}

	/** Whether a token is marked, the query's words and phrases placed by positions. */
	private Predicate<Token> placed(List<Token> tokens) {
		Map<String, int[]> positions = new HashMap<>();
		for (Token token : tokens) {
			int[] at = positions.get(token.term());
			// Positions only grow, so each term's list stays sorted.
			at = at == null ? new int[1] : Arrays.copyOf(at, at.length + 1);
			at[at.length - 1] = token.position();
			positions.put(token.term(), at);
		}
		Map<Integer, Set<String>> marked = marking.markedTerms(positions);
		return token -> {
			Set<String> here = marked.get(token.position());
			return here != null && here.contains(token.term());
		};
	}

	/** The text escaped, the tokens {@code marked} says in {@code <mark>}, by groups. */
	private static String write(String text, List<Token> tokens, Predicate<Token> marked) {
		StringBuilder html = new StringBuilder(text.length() + 32);
		Group group = new Group();
		int written = 0;
		for (Token token : tokens) {
			if (group.size > 0 && token.from() >= group.end) {
				written = group.write(text, written, html);
				group = new Group();
			}
			group.add(token, marked.test(token));
		}
		if (group.size > 0) {
			written = group.write(text, written, html);
		}
		if (written < text.length()) {
			html.append(Highlights.escape(text.substring(written)));
		}
		return html.toString();
	}

	/**
	 * Tokens that overlap, as Lucene's {@code TokenGroup}: shown from the first to the
	 * last marked one, or as the first token when none is marked.
	 */
	private static final class Group {

		int size;

		int end;

		int shownFrom;

		int shownTo;

		boolean marked;

		void add(Token token, boolean isMarked) {
			if (size == 0) {
				end = token.to();
				shownFrom = token.from();
				shownTo = token.to();
				marked = isMarked;
			}
			else {
				end = Math.max(end, token.to());
				if (isMarked && !marked) {
					shownFrom = token.from();
					shownTo = token.to();
					marked = true;
				}
				else if (isMarked) {
					shownFrom = Math.min(shownFrom, token.from());
					shownTo = Math.max(shownTo, token.to());
				}
			}
			size++;
		}

		/**
		 * Writes the text before the group and the group; returns where writing ended.
		 */
		int write(String text, int written, StringBuilder html) {
			if (shownFrom > written) {
				html.append(Highlights.escape(text.substring(written, shownFrom)));
			}
			String shown = Highlights.escape(text.substring(shownFrom, shownTo));
			html.append(marked ? "<mark>" + shown + "</mark>" : shown);
			return Math.max(shownTo, written);
		}

	}

}
