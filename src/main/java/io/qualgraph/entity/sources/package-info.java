/** Importers of public ownership data (BODS, GLEIF Level 2, KEK) into the bundle shape of DESIGN §4. */
package io.qualgraph.entity.sources;
