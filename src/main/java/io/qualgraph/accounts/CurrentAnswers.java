package io.qualgraph.accounts;

import java.util.List;

/**
 * Hears the current answers whenever the kept ranked list computes or patches them (only for "now", never for a past
 * {@code asOf}): what automatic score snapshots read to see a tier or an outcome change. Called on the reading thread;
 * a listener that writes must hand the work off.
 */
public interface CurrentAnswers {

    void computed(List<AccountAnswer> answers);
}
