package io.qualgraph.tools.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything about companies and their owners, held in memory (small even at benchmark scale). */
final class World {

    final List<Family> families = new ArrayList<>();
    final List<SeedPerson> persons = new ArrayList<>();
    final List<Stake> stakes = new ArrayList<>();
    final List<Flag> flags = new ArrayList<>();
    final List<SeedCase> cases = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> domains = new HashSet<>();
    private final Map<String, Double> inbound = new HashMap<>();
    private final Map<String, Integer> subsidiaries = new HashMap<>();
    private final Map<String, List<Stake>> current = new HashMap<>();
    private int entities;

    String entityId(String lei) {
        entities++;
        return lei != null ? lei : String.format("E%06d", entities);
    }

    SeedPerson person(String name, String nationality, boolean pep) {
        SeedPerson person = new SeedPerson(String.format("P%05d", persons.size() + 1), name, nationality, pep);
        persons.add(person);
        return person;
    }

    Flag flag(String subject, String type, String severity, String source, LocalDate listedAt, LocalDate delistedAt) {
        Flag flag = new Flag(String.format("F%05d", flags.size() + 1), subject, type, severity, source, listedAt,
                delistedAt);
        flags.add(flag);
        return flag;
    }

    /** Adds the stake when the owned entity has room for it (stakes in one entity never exceed 100%). */
    boolean addStake(Stake stake) {
        if (stake.owner().equals(stake.owned()) || stake.until() == null
                && (headroom(stake.owned()) < stake.upper() - 1e-9 || holds(stake.owner(), stake.owned()))) {
            return false;
        }
        stakes.add(stake);
        if (stake.until() == null) {
            current.computeIfAbsent(stake.owned(), k -> new ArrayList<>()).add(stake);
            inbound.merge(stake.owned(), stake.upper(), Double::sum);
            subsidiaries.merge(stake.owner(), 1, Integer::sum);
        }
        return true;
    }

    /** Replaces a current stake by the same one ended at {@code end}, freeing its room. */
    void end(Stake stake, LocalDate end) {
        stakes.set(stakes.indexOf(stake), stake.endingOn(end));
        current.get(stake.owned()).remove(stake);
        inbound.merge(stake.owned(), -stake.upper(), Double::sum);
        subsidiaries.merge(stake.owner(), -1, Integer::sum);
    }

    /** Replaces a current exact stake by one with another share. */
    void reshare(Stake stake, double share) {
        stakes.set(stakes.indexOf(stake), stake.withShare(share));
        List<Stake> in = current.get(stake.owned());
        in.set(in.indexOf(stake), stake.withShare(share));
        inbound.merge(stake.owned(), share - stake.upper(), Double::sum);
    }

    private boolean holds(String owner, String owned) {
        return currentStakesIn(owned).stream().anyMatch(s -> s.owner().equals(owner));
    }

    double headroom(String owned) {
        return 1.0 - inbound.getOrDefault(owned, 0.0);
    }

    boolean ownsNothing(String id) {
        return subsidiaries.getOrDefault(id, 0) == 0;
    }

    boolean hasOwners(String id) {
        return inbound.getOrDefault(id, 0.0) > 0;
    }

    List<Stake> currentStakesIn(String owned) {
        return List.copyOf(current.getOrDefault(owned, List.of()));
    }

    boolean claimName(String name) {
        return names.add(name);
    }

    boolean claimDomain(String domain) {
        return domains.add(domain);
    }

    void note(String title, String detail) {
        cases.add(new SeedCase(title, detail));
    }

    int entityCount() {
        return families.stream().mapToInt(f -> f.members.size()).sum();
    }
}
