namespace CivBot.Core.Engine;

using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CivBot.Core.Model;
using CivBot.Core.Receipts;

/// <summary>
/// Everything the engine needs to handle the next event of one group. Its size is bounded by the members and the
/// open loops, never by history: receipts and closed loops live in storage.
/// </summary>
/// <param name="FlowId">The flow new loops start with.</param>
/// <param name="NextLoopNo">The number the next loop will get.</param>
/// <param name="Assignments">Counts role assignments; rotation orders members by when they last served.</param>
/// <param name="Head">The receipt chain head; the engine chains new receipts onto it.</param>
/// <param name="LastClosedLoop">The most recently closed loop, the default for <c>/kit</c>.</param>
/// <param name="ReceiptCursors">Per member, the last <c>/receipts</c> view, so <c>more</c> pages back from it.</param>
/// <param name="JoinCode">The code texters send ("JOIN &lt;code&gt;") to join the group by SMS, once someone asked for one.</param>
/// <param name="JoinCodeSerial">How many join codes the group has had; a new code is derived from it.</param>
/// <param name="TimeZone">The IANA zone the group chose with <c>/timezone</c>; null follows the flow's, then the deployment's.</param>
/// <param name="Language">The language code the group chose with <c>/language</c>; null follows the flow's, then the deployment's.</param>
/// <param name="ChosenFlow">The flow the group chose with <c>/flow</c> for new loops; null follows the deployment's default.</param>
public sealed record GroupState(
    GroupId Id,
    string FlowId,
    ImmutableList<MemberState> Members,
    ImmutableList<LoopState> Loops,
    int NextLoopNo,
    long Assignments,
    ChainHead Head,
    int? LastClosedLoop,
    ImmutableDictionary<MemberId, ReceiptCursor> ReceiptCursors,
    string? JoinCode = null,
    // Left out of the stored JSON while zero, so groups that never used SMS keep their state byte for byte.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int JoinCodeSerial =
        0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        string? ChosenFlow = null,
    // The public receipts page (/publish): an open consent vote on it, whether it is up, how many votes there were.
    [property: JsonIgnore(
        Condition = JsonIgnoreCondition.WhenWritingDefault
    )] GroupVote? Publishing = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        bool Published = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        int PublishSerial = 0,
    // AI drafts (/ai, /draft): whether the group opted in, its vote, the draft in flight and the latest one posted.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] AiState? Ai = null,
    // The chats this group spans (/link), once it linked or tried a code; see LinkState.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] LinkState? Linking =
        null,
    // The group's IANA time zone (/timezone); null: the flow's, else the deployment's, else UTC.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? TimeZone =
        null,
    // The group's language code (/language, /idioma); null: the flow's, else the deployment's, else English.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? Language =
        null
)
{
    public static GroupState New(GroupId id, string flowId) =>
        new(
            id,
            flowId,
            ImmutableList<MemberState>.Empty,
            ImmutableList<LoopState>.Empty,
            1,
            0,
            ChainHead.Empty,
            null,
            ImmutableDictionary<MemberId, ReceiptCursor>.Empty
        );

    // Looked up several times in every event: a plain loop over the list's struct enumerator allocates nothing
    // (LINQ's FirstOrDefault boxes the enumerator and allocates the closure each call).
    public MemberState? Member(MemberId id)
    {
        foreach (var member in Members)
            if (member.Id == id)
                return member;
        return null;
    }

    public LoopState? Loop(int no)
    {
        foreach (var loop in Loops)
            if (loop.No == no)
                return loop;
        return null;
    }
}
