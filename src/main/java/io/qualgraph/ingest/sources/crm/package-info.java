/** CRM exports as leads: HubSpot contacts and Salesforce leads by their real column names, one mapping file each. */
package io.qualgraph.ingest.sources.crm;
