/** OpenSanctions FollowTheMoney entities converted into bundles of parties, stakes and risk flags. */
package io.qualgraph.ingest.sources.ftm;
