{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "e893d75b-898b-407b-9b0d-53d9c102ca15",
    "chainParentSerial": "801b69d0-ea15-4358-9bad-5f779dbc2685",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "ai",
      "id": "ai-shopassist",
      "collectionPermissions": {
        "products": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "updateOne"
          ]
        },
        "orders": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "count",
            "updateOne"
          ]
        },
        "inventory_log": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search"
          ]
        }
      },
      "context": {
        "model": "shopassist-llm-2025-02",
        "vendor": "in-house",
        "guardrails": [
          "no-delete",
          "human-approval-for-prices"
        ]
      },
      "name": "ShopAssist",
      "email": null,
      "createdAt": "2025-01-10T02:00:00.431000+00:00",
      "updatedAt": "2025-02-27T09:15:00.012000+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": null
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T23:30:27.764506+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-30T23:30:27.841715+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Count stock movements",
    "why": "Stock movement volume is a proxy for warehouse workload next week.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "runId": "44894510-8d65-43fa-8819-43d7ac20847e"
    },
    "confidenceScore": 0.83
  }
}