namespace CivBot.Core.Tests.Support;

using CivBot.Core.Flows;

/// <summary>Small test flows: the default loop with another vote kind, loaded through the real loader.</summary>
public static class TestFlows
{
    public static FlowCatalog With(VoteKind kind, int quorum = 1) =>
        new([
            FlowText.LoadValid(
                $$"""
                id: test-flow
                version: 1
                title: Test flow
                phases:
                  - id: listen
                    kind: listen
                    duration: 1d
                  - id: deliberate
                    kind: deliberate
                    duration: 1d
                    vote:
                      kind: {{kind.ToString().ToLowerInvariant()}}
                      duration: 1d
                      quorum: {{quorum}}
                      on_no_quorum: listen
                      on_rejected: listen
                  - id: do
                    kind: do
                    duration: 2d
                  - id: audit
                    kind: audit
                    duration: 1d
                """
            ),
        ]);
}
