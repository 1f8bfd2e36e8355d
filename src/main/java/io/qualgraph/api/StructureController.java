package io.qualgraph.api;

import java.time.Clock;

import io.qualgraph.entity.EntityStructure;
import io.qualgraph.entity.StructureService;
import io.qualgraph.support.AsOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ownership structure, corporate family and direct holdings of a legal entity (any role). */
@RestController
class StructureController {

    private final StructureService structures;
    private final Clock clock;

    StructureController(StructureService structures, Clock clock) {
        this.structures = structures;
        this.clock = clock;
    }

    @GetMapping("/api/entities/{id}/structure")
    EntityStructure structure(@PathVariable String id, @RequestParam(required = false) String asOf) {
        return structures.structure(id, AsOf.parse(asOf, clock));
    }

    @GetMapping("/api/entities/{id}/family")
    StructureService.FamilyPage family(@PathVariable String id, @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return structures.family(id, AsOf.parse(asOf, clock), page, size);
    }

    @GetMapping("/api/entities/{id}/subsidiaries")
    StructureService.SubsidiaryPage subsidiaries(@PathVariable String id, @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return structures.subsidiaries(id, AsOf.parse(asOf, clock), page, size);
    }
}
