package io.qualgraph.tools.seed;

import java.util.List;

/** An industry with the firmographics the generator draws from it. */
record Industry(String name, boolean regulated, double fit, double revenuePerEmployee, double weight,
        List<String> words) {

    static final List<Industry> ALL = List.of(
            new Industry("Software", false, 1.0, 250_000, 10, List.of("Software", "Systems", "Cloud", "Digital")),
            new Industry("IT Services", false, 0.7, 120_000, 7, List.of("IT Services", "Consulting", "Solutions")),
            new Industry("Banking", true, 0.7, 420_000, 6, List.of("Bank", "Capital", "Finance")),
            new Industry("Insurance", true, 0.6, 520_000, 5, List.of("Insurance", "Assurance", "Re")),
            new Industry("Manufacturing", false, 0.2, 220_000, 10, List.of("Industries", "Werke", "Components")),
            new Industry("Automotive", false, 0.1, 310_000, 4, List.of("Automotive", "Motion", "Drives")),
            new Industry("Healthcare", false, 0.3, 140_000, 6, List.of("Health", "Clinics", "Medical")),
            new Industry("Pharmaceuticals", false, 0.4, 400_000, 3, List.of("Pharma", "Life Sciences", "Bio")),
            new Industry("Retail", false, -0.4, 180_000, 6, List.of("Retail", "Stores", "Commerce")),
            new Industry("Logistics", false, 0.0, 150_000, 6, List.of("Logistics", "Freight", "Transport")),
            new Industry("Energy", false, 0.1, 600_000, 4, List.of("Energy", "Power", "Utilities")),
            new Industry("Telecommunications", false, 0.5, 350_000, 4, List.of("Telecom", "Networks", "Connect")),
            new Industry("Media", false, -0.2, 200_000, 4, List.of("Media", "Publishing", "Studios")),
            new Industry("Chemicals", false, 0.0, 450_000, 3, List.of("Chemicals", "Materials", "Polymers")),
            new Industry("Professional Services", false, 0.2, 150_000, 4, List.of("Partners", "Advisory")),
            new Industry("Hospitality", false, -0.8, 60_000, 2, List.of("Hotels", "Hospitality", "Resorts")),
            new Industry("Education", false, -0.7, 80_000, 2, List.of("Education", "Academy", "Learning")));

    static Industry of(String name) {
        return ALL.stream().filter(i -> i.name.equals(name)).findFirst().orElseThrow();
    }
}
