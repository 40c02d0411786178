package org.analecta.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who changed what, and when: one row per admin action (uploads, edits, merges,
 * deletions, reindexing). Written in the caller's transaction where there is one, so a
 * rolled-back change leaves no entry claiming it happened.
 */
@Component
class AdminLog {

	private final JdbcClient jdbc;

	AdminLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Entry(Instant at, String actor, String action, String target, String detail) {
	}

	void record(String action, String target, String detail) {
		record(currentActor(), action, target, detail);
	}

	/** For work done in the background on an admin's behalf. */
	void record(String actor, String action, String target, String detail) {
		jdbc.sql("insert into admin_actions (at, actor, action, target, detail) values (?, ?, ?, ?, ?)")
			.params(Timestamp.from(Instant.now()), actor, action, truncate(target, 500), truncate(detail, 2000))
			.update();
	}

	List<Entry> latest(int limit) {
		return jdbc.sql("select at, actor, action, target, detail from admin_actions order by at desc, id desc limit ?")
			.param(limit)
			.query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("target"), rs.getString("detail")))
			.list();
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}
