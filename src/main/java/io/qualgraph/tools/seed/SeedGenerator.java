package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Generates a realistic, deterministic dataset in the bundle format (DESIGN §4), streamed as chunks in an order
 * where every reference points to an earlier chunk or the same one: entities, persons, ownership and risk flags;
 * contacts; engagements; opportunities with their committees; intent; leads. Only engagements are never held
 * all at once, so a benchmark scale of millions of events runs in modest memory.
 */
public final class SeedGenerator {

    static final int STRUCTURE = 1;
    static final int CONTACTS = 2;
    static final int ACTIVITY = 3;
    static final int CALENDAR = 4;
    static final int PLANTED = 5;
    private static final int FAMILIES_PER_SCALE = 200;

    /**
     * Streams the dataset for {@code settings} to {@code chunks}, one bundle map per call (section name to list
     * of rows, DESIGN §4 field names, nulls omitted); same settings, same chunks. Returns what was produced.
     */
    public SeedSummary generate(GeneratorSettings settings, Consumer<Map<String, Object>> chunks) {
        World world = world(settings);
        Emitter out = new Emitter(settings.chunkRows(), chunks);
        world.families.forEach(f -> f.members.forEach(e -> out.add("entities", e.row())));
        world.persons.forEach(p -> out.add("persons", p.row()));
        world.stakes.forEach(s -> out.add("ownership", s.row()));
        world.flags.forEach(f -> out.add("riskFlags", f.row()));
        out.flush();
        List<List<SeedContact>> contacts = contacts(settings, world, out);
        long from = Dates.startOf(settings.windowStart()).getEpochSecond();
        long to = Dates.startOf(settings.referenceDate()).getEpochSecond();
        Campaigns campaigns = new Campaigns(Rand.of(settings.seed(), CALENDAR, 0), settings.windowStart(),
                settings.referenceDate());
        Later later = new Later();
        long eventId = 0;
        for (Family family : world.families) {
            List<SeedContact> people = contacts.get(family.index);
            FamilyActivity activity = new FamilyActivity(Rand.of(settings.seed(), ACTIVITY, family.index), family,
                    people, campaigns, from, to);
            for (Ev e : activity.events) {
                out.add("engagements", Rows.of("id", String.format("V%08d", ++eventId), "contact",
                        people.get(e.contact()).id(), "type", e.type().name(), "at",
                        java.time.Instant.ofEpochSecond(e.at()), "topic", e.topic(), "channel", e.channel()));
            }
            later.keep(activity, people);
        }
        out.flush();
        later.emit(out);
        return new SeedSummary(out.totals(), world.cases);
    }

    static World world(GeneratorSettings settings) {
        World world = new World();
        Rand structure = Rand.of(settings.seed(), STRUCTURE, 0);
        FamilyBuilder builder = new FamilyBuilder(world, structure);
        for (int i = 0; i < FAMILIES_PER_SCALE * settings.scale(); i++) {
            world.families.add(builder.build(i));
        }
        Rand planted = Rand.of(settings.seed(), PLANTED, 0);
        new CrossLinks(world, planted).plant(settings.scale());
        var widelyHeld = SanctionsCases.widelyHeld(world).iterator();
        new SanctionsCases(world, planted, widelyHeld).plant();
        new RiskCases(world, planted, widelyHeld).plant();
        return world;
    }

    private static List<List<SeedContact>> contacts(GeneratorSettings settings, World world, Emitter out) {
        ContactFactory factory = new ContactFactory();
        List<List<SeedContact>> all = new ArrayList<>();
        for (Family family : world.families) {
            List<SeedContact> people = factory.forFamily(family, Rand.of(settings.seed(), CONTACTS, family.index));
            people.forEach(c -> out.add("contacts", c.row()));
            all.add(people);
        }
        out.flush();
        return all;
    }
}
