package io.qualgraph.tools.seed;

import java.util.List;

/** A jurisdiction the generator places companies and people in, with its legal forms and names. */
record Country(String code, String tld, String label, double fit, List<String> legalForms, String holdingForm,
        List<String> firstNames, List<String> lastNames) {

    static final List<Country> ALL = List.of(
            new Country("DE", "de", "Deutschland", 0.4, List.of("GmbH", "GmbH", "AG", "SE"), "Holding GmbH",
                    List.of("Lukas", "Anna", "Jonas", "Lea", "Felix", "Julia", "Tobias", "Sarah", "Stefan", "Katrin",
                            "Michael", "Sabine", "Florian", "Miriam", "Jan", "Claudia", "Matthias", "Nina"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                            "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Brandt", "Krüger")),
            new Country("GB", "co.uk", "UK", 0.4, List.of("Ltd", "Ltd", "PLC"), "Group PLC",
                    List.of("Oliver", "Amelia", "George", "Isla", "Harry", "Emily", "James", "Sophie", "Thomas",
                            "Charlotte", "William", "Grace", "Daniel", "Hannah", "Samuel", "Lucy"),
                    List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas",
                            "Roberts", "Walker", "Wright", "Hughes", "Edwards", "Green", "Hall")),
            new Country("FR", "fr", "France", 0.2, List.of("SAS", "SAS", "SA"), "Groupe SA",
                    List.of("Louis", "Camille", "Hugo", "Chloé", "Lucas", "Manon", "Julien", "Claire", "Antoine",
                            "Élise", "Nicolas", "Sophie", "Mathieu", "Pauline"),
                    List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
                            "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garnier")),
            new Country("NL", "nl", "Nederland", 0.4, List.of("B.V.", "B.V.", "N.V."), "Holding B.V.",
                    List.of("Daan", "Emma", "Sem", "Julia", "Bram", "Sanne", "Thijs", "Lotte", "Ruben", "Femke",
                            "Jeroen", "Anouk"),
                    List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser",
                            "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters")),
            new Country("US", "com", "USA", 0.3, List.of("Inc.", "Inc.", "LLC", "Corp."), "Holdings, Inc.",
                    List.of("Michael", "Jennifer", "David", "Jessica", "Chris", "Ashley", "Matthew", "Emily",
                            "Brian", "Megan", "Kevin", "Laura", "Jason", "Rachel", "Ryan", "Nicole"),
                    List.of("Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Jackson",
                            "Harris", "Clark", "Lewis", "Young", "Allen", "King", "Scott", "Baker")),
            new Country("CH", "ch", "Schweiz", 0.4, List.of("AG", "AG", "GmbH", "SA"), "Holding AG",
                    List.of("Luca", "Mia", "Noah", "Lara", "Reto", "Andrea", "Urs", "Simone", "Beat", "Corinne"),
                    List.of("Meier", "Keller", "Huber", "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann",
                            "Moser", "Widmer")),
            new Country("SE", "se", "Sverige", 0.4, List.of("AB"), "Holding AB",
                    List.of("Erik", "Elsa", "Lars", "Maja", "Anders", "Ingrid", "Johan", "Karin", "Nils", "Astrid"),
                    List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
                            "Persson", "Svensson", "Lindqvist")),
            new Country("ES", "es", "España", -0.1, List.of("S.A.", "S.L."), "Grupo S.A.",
                    List.of("Javier", "Lucía", "Alejandro", "María", "Pablo", "Carmen", "Sergio", "Laura", "Diego",
                            "Elena"),
                    List.of("García", "Fernández", "González", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                            "Ruiz", "Díaz", "Moreno", "Navarro")),
            new Country("IT", "it", "Italia", -0.1, List.of("S.p.A.", "S.r.l."), "Holding S.p.A.",
                    List.of("Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara",
                            "Andrea", "Valentina"),
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
                            "Marino", "Greco", "Bruno", "Conti")),
            new Country("PL", "pl", "Polska", -0.1, List.of("Sp. z o.o.", "S.A."), "Holding S.A.",
                    List.of("Jakub", "Zuzanna", "Piotr", "Anna", "Tomasz", "Katarzyna", "Paweł", "Magdalena",
                            "Marcin", "Agnieszka"),
                    List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
                            "Zieliński", "Szymański", "Woźniak")),
            new Country("AT", "at", "Österreich", 0.2, List.of("GmbH", "AG"), "Holding GmbH",
                    List.of("Maximilian", "Johanna", "Paul", "Laura", "Elias", "Hannah", "Markus", "Verena"),
                    List.of("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer")),
            new Country("DK", "dk", "Danmark", 0.4, List.of("A/S", "ApS"), "Holding A/S",
                    List.of("Mads", "Freja", "Rasmus", "Ida", "Mikkel", "Sofie", "Søren", "Mette"),
                    List.of("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
                            "Sørensen")),
            new Country("IE", "ie", "Ireland", 0.2, List.of("Limited", "DAC"), "Holdings Limited",
                    List.of("Conor", "Aoife", "Seán", "Niamh", "Cian", "Ciara", "Darragh", "Róisín"),
                    List.of("Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor")),
            new Country("FI", "fi", "Suomi", 0.2, List.of("Oy", "Oyj"), "Holding Oy",
                    List.of("Mikko", "Aino", "Juho", "Emilia", "Antti", "Laura", "Ville", "Sanna"),
                    List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine")));

    static Country of(String code) {
        return ALL.stream().filter(c -> c.code.equals(code)).findFirst().orElseThrow();
    }

    /** The weight with which a family's home country is drawn (Germany, the UK and the US lead). */
    double homeWeight() {
        return switch (code) {
            case "DE" -> 14;
            case "GB" -> 10;
            case "US" -> 10;
            case "FR", "NL" -> 6;
            case "CH", "SE", "ES", "IT" -> 4;
            default -> 2.5;
        };
    }
}
