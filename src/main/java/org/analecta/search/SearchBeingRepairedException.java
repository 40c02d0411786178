package org.analecta.search;

/**
 * A search asked for while the index is being rebuilt: answered with the "being repaired"
 * page.
 */
public class SearchBeingRepairedException extends RuntimeException {

	SearchBeingRepairedException(String reason) {
		super("The search index is being repaired: " + reason);
	}

}
