package org.analecta.report;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.Session;

import jakarta.persistence.EntityManager;

/**
 * Looks up the ids of many reference rows (countries, outlets, speakers) by key in one
 * statement whose text never changes ({@code ... where key = any(?)} with an array), in
 * the caller's transaction and without flushing it. An "in (...)" list has a different
 * length each time, and Hibernate would translate it anew for every upload: half of its
 * lookup time.
 */
public final class KeyedIds {

	private KeyedIds() {
	}

	/**
	 * @param sql a select of two columns, the key (text) and the id, with one {@code ?}
	 * for the array of keys
	 */
	public static Map<String, Long> select(EntityManager em, String sql, Collection<String> keys) {
		Map<String, Long> ids = new HashMap<>();
		if (keys.isEmpty()) {
			return ids;
		}
		em.unwrap(Session.class).doWork(connection -> {
			Array array = connection.createArrayOf("text", keys.toArray());
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setArray(1, array);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						ids.putIfAbsent(rows.getString(1), rows.getLong(2));
					}
				}
			}
			finally {
				array.free();
			}
		});
		return ids;
	}

}
