{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "dfb5fe04-e200-40fe-9989-951ba3ae0bdd",
    "chainParentSerial": "a9767dc6-9601-4745-861c-8cee462dcf58",
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
          "timestamp": "2025-03-02T23:30:56.076685+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-02T23:30:56.183093+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Count stock movements",
    "why": "Stock movement volume is a proxy for warehouse workload next week.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "runId": "f5d17eb4-bdf8-46f4-a603-7a403c61ec06"
    },
    "confidenceScore": 0.95
  }
}