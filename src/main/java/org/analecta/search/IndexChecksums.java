package org.analecta.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * Verifies the checksums Lucene writes at the end of every index file, for every file of
 * each index's latest commit under the index root (one folder per indexed type). Reads
 * each file once, takes no lock, and so can run beside a live index writer. Overwritten
 * bytes anywhere in a file, a truncated file, a missing file or an unreadable commit
 * point all show; a commit that is sound but merely old does not (the outbox brings it up
 * to date).
 */
final class IndexChecksums {

	private IndexChecksums() {
	}

	/**
	 * @return what is broken (the first problem found), or empty when every index is
	 * sound
	 */
	static Optional<String> verify(Path root) {
		if (!Files.isDirectory(root)) {
			return Optional.empty();
		}
		List<Path> indexes = new ArrayList<>();
		try (Stream<Path> children = Files.list(root)) {
			children.filter(Files::isDirectory).sorted().forEach(indexes::add);
		}
		catch (IOException e) {
			return Optional.of(root + ": " + e);
		}
		for (Path index : indexes) {
			Optional<String> problem = verifyIndex(index);
			if (problem.isPresent()) {
				return problem;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> verifyIndex(Path index) {
		try (Directory directory = new NIOFSDirectory(index)) {
			SegmentInfos commit;
			try {
				commit = SegmentInfos.readLatestCommit(directory);
			}
			catch (IndexNotFoundException e) {
				return Optional.empty(); // no commit yet: an index still being created
			}
			for (String file : commit.files(false)) {
				try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
					CodecUtil.checksumEntireFile(in);
				}
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException e) {
			return Optional.of(index.getFileName() + ": " + e);
		}
	}

}
