package io.qualgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects rows for a {@link Bundle}, e.g. in an importer of a standard format. Not thread-safe. */
public final class BundleBuilder {

    private final List<Bundle.Entity> entities = new ArrayList<>();
    private final List<Bundle.Person> persons = new ArrayList<>();
    private final List<Bundle.Ownership> ownership = new ArrayList<>();
    private final List<Bundle.RiskFlag> riskFlags = new ArrayList<>();
    private final List<Bundle.Contact> contacts = new ArrayList<>();
    private final List<Bundle.Engagement> engagements = new ArrayList<>();
    private final List<Bundle.Opportunity> opportunities = new ArrayList<>();
    private final List<Bundle.CommitteeSeat> committee = new ArrayList<>();
    private final List<Bundle.Intent> intent = new ArrayList<>();
    private final List<Bundle.Lead> leads = new ArrayList<>();

    BundleBuilder() {
    }

    public BundleBuilder add(Bundle.Entity row) {
        entities.add(row);
        return this;
    }

    public BundleBuilder add(Bundle.Person row) {
        persons.add(row);
        return this;
    }

    public BundleBuilder add(Bundle.Ownership row) {
        ownership.add(row);
        return this;
    }

    public BundleBuilder add(Bundle.RiskFlag row) {
        riskFlags.add(row);
        return this;
    }

    public BundleBuilder add(Bundle.Contact row) {
        contacts.add(row);
        return this;
    }

    public BundleBuilder add(Bundle.Engagement row) {
        engagements.add(row);
        return this;
    }

    public BundleBuilder add(Bundle.Opportunity row) {
        opportunities.add(row);
        return this;
    }

    public BundleBuilder add(Bundle.CommitteeSeat row) {
        committee.add(row);
        return this;
    }

    public BundleBuilder add(Bundle.Intent row) {
        intent.add(row);
        return this;
    }

    public BundleBuilder add(Bundle.Lead row) {
        leads.add(row);
        return this;
    }

    /** Adds the party and ownership sections an importer of an ownership format collected. */
    public BundleBuilder addAll(Collection<Bundle.Entity> entityRows, Collection<Bundle.Person> personRows,
            Collection<Bundle.Ownership> ownershipRows) {
        entities.addAll(entityRows);
        persons.addAll(personRows);
        ownership.addAll(ownershipRows);
        return this;
    }

    /** Number of rows collected so far (committee seats inside opportunities not counted). */
    public int size() {
        return entities.size() + persons.size() + ownership.size() + riskFlags.size() + contacts.size()
                + engagements.size() + opportunities.size() + committee.size() + intent.size() + leads.size();
    }

    public Bundle build() {
        return new Bundle(entities, persons, ownership, riskFlags, contacts, engagements, opportunities, committee,
                intent, leads);
    }

    /** Adds a row of any section (CSV reading knows the section only by name). */
    BundleBuilder addRow(Object row) {
        if (row instanceof Bundle.Entity r) {
            return add(r);
        } else if (row instanceof Bundle.Person r) {
            return add(r);
        } else if (row instanceof Bundle.Ownership r) {
            return add(r);
        } else if (row instanceof Bundle.RiskFlag r) {
            return add(r);
        } else if (row instanceof Bundle.Contact r) {
            return add(r);
        } else if (row instanceof Bundle.Engagement r) {
            return add(r);
        } else if (row instanceof Bundle.Opportunity r) {
            return add(r);
        } else if (row instanceof Bundle.CommitteeSeat r) {
            return add(r);
        } else if (row instanceof Bundle.Intent r) {
            return add(r);
        } else if (row instanceof Bundle.Lead r) {
            return add(r);
        }
        throw new IllegalArgumentException("Not a bundle row: " + row);
    }
}
