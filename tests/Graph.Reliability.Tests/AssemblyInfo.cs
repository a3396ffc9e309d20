// These tests start real servers and load them; run one at a time so each has the machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
