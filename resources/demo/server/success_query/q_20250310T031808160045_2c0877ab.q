{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "search",
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "productId",
        "value": 15,
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "equals_",
        "field": "reason",
        "value": "order",
        "vType": "auto_",
        "version": "2"
      }
    ],
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "at",
    "reversed": true,
    "vType": "datetime_"
  },
  "limit": 50,
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "ebe81fc9-0e47-4db6-8828-5c4eb356df54",
    "chainParentSerial": null,
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
          "timestamp": "2025-03-10T03:18:08.079040+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-10T03:18:08.145416+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Read recent sales of HOM-002",
    "why": "Weekly pricing review: recent demand is needed before proposing a price.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "runId": "21d65358-5ef7-4aa8-ac61-71ad3b8d0814"
    },
    "confidenceScore": 0.86
  }
}