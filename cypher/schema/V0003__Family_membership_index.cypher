// Family membership maintained at write time (qgFamily = ultimate parent id): members listed in id order.
CREATE INDEX legal_entity_qg_family IF NOT EXISTS FOR (n:LegalEntity) ON (n.qgFamily, n.id);
