/** Leads, the front door: intake, resolution to the legal entity, the explained decision, lifecycle, inbox, funnel. */
package io.qualgraph.lead;
