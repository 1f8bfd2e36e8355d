package io.qualgraph.tools.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Opportunities, intent and leads kept until all engagements are out (they are few, even at scale). */
final class Later {

    private final List<Map<String, Object>> opportunities = new ArrayList<>();
    private final List<Signal> intent = new ArrayList<>();
    private final List<SeedLead> leads = new ArrayList<>();

    void keep(FamilyActivity activity, List<SeedContact> contacts) {
        for (Deal deal : activity.deals) {
            deal.id = String.format("O%06d", opportunities.size() + 1);
            opportunities.add(deal.row(contacts));
        }
        intent.addAll(activity.intent);
        leads.addAll(activity.leads);
    }

    void emit(Emitter out) {
        opportunities.forEach(o -> out.add("opportunities", o));
        out.flush();
        for (int i = 0; i < intent.size(); i++) {
            out.add("intent", intent.get(i).row(String.format("I%07d", i + 1)));
        }
        out.flush();
        for (int i = 0; i < leads.size(); i++) {
            out.add("leads", leads.get(i).row(String.format("L%06d", i + 1)));
        }
        out.flush();
    }
}
